import SvgIcon from '@mui/material/SvgIcon';
import type { SvgIconProps } from '@mui/material/SvgIcon';

/** Meridian's mark: a globe cut by one meridian and the equator. */
export function LogoMark(props: SvgIconProps) {
  return (
    <SvgIcon viewBox="0 0 24 24" {...props}>
      <circle cx="12" cy="12" r="9.25" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <ellipse cx="12" cy="12" rx="3.6" ry="9.25" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M2.9 12h18.2" stroke="currentColor" strokeWidth="1.6" />
      <circle cx="15.2" cy="7.4" r="1.7" />
    </SvgIcon>
  );
}
