import { WorkspaceClient } from './workspace-client';

let client: WorkspaceClient | undefined;

/** The app's one workspace client (one worker), created on first use. */
export function getWorkspaceClient(): WorkspaceClient {
  client ??= new WorkspaceClient();
  return client;
}
