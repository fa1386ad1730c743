/** Nominal ("branded") string types: only importers mint them, so ids of different kinds cannot be mixed up. */
export type Brand<T, B extends string> = T & { readonly __brand: B };

/** Identity of one record inside a dataset (a publication or a patent). */
export type RecordId = Brand<string, 'RecordId'>;
/** Identity of one canonical cited work after reference matching. */
export type CitedWorkId = Brand<string, 'CitedWorkId'>;

export const asRecordId = (value: string): RecordId => value as RecordId;
export const asCitedWorkId = (value: string): CitedWorkId => value as CitedWorkId;
