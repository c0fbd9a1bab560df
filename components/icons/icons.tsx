import type { LucideIcon, LucideProps } from 'lucide-react';
import { ArrowRight, Book, Check, Code, Key, Menu, Moon, Play, Search, Sun, Terminal, X } from 'lucide-react';

/**
 * The portal's icons, from lucide (lucide-react, ISC licence): imported one by one so the bundle
 * carries only these. They are decoration: the button or link around them carries the accessible
 * name, so every icon is hidden from assistive technology and takes the text colour.
 */
type IconProps = Omit<LucideProps, 'ref'>;

function icon(Glyph: LucideIcon) {
  function PortalIcon({ size = 18, className, ...props }: IconProps) {
    return <Glyph size={size} strokeWidth={2} aria-hidden="true" focusable="false" {...props} className={className ? `icon ${className}` : 'icon'} />;
  }
  PortalIcon.displayName = `${Glyph.displayName ?? 'Lucide'}Icon`;
  return PortalIcon;
}

export const SearchIcon = icon(Search);
export const MoonIcon = icon(Moon);
export const SunIcon = icon(Sun);
export const MenuIcon = icon(Menu);
export const CloseIcon = icon(X);
export const ArrowRightIcon = icon(ArrowRight);
export const KeyIcon = icon(Key);
export const TerminalIcon = icon(Terminal);
export const PlayIcon = icon(Play);
export const BookIcon = icon(Book);
export const CodeIcon = icon(Code);
export const CheckIcon = icon(Check);
