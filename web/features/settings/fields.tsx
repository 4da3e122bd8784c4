// The two kinds of setting the Settings screen has: a whole number kept within its bounds, and
// an on/off box. One place for their markup and for the clamping of typed numbers.
import type { ComponentChildren } from 'preact';

/** A number input; whatever is typed is kept within min–max, and nothing readable gives `fallback`. */
export function NumberField(props: {
  label: ComponentChildren;
  min: number;
  max: number;
  value: number;
  fallback: number;
  onChange: (value: number) => void;
}) {
  const { label, min, max, value, fallback, onChange } = props;
  return (
    <label class="field">
      {label}
      <input
        type="number"
        min={min}
        max={max}
        value={value}
        onChange={(e) => onChange(clamped((e.target as HTMLInputElement).value, min, max, fallback))}
      />
    </label>
  );
}

export function CheckField(props: { label: ComponentChildren; checked: boolean; onToggle: () => void }) {
  return (
    <label class="check-field">
      <input type="checkbox" checked={props.checked} onChange={props.onToggle} />
      {props.label}
    </label>
  );
}

/** 0 is a number like any other (below the minimum, so the minimum); only an empty or unreadable entry gives `fallback`. */
export function clamped(typed: string, min: number, max: number, fallback: number): number {
  const n = typed.trim() === '' ? Number.NaN : Number(typed);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}
