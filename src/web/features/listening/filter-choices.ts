/** The "all" entry of a filter's select; it stands for "no filter" and never reaches the API. */
export const ALL = 'all';

type Option = { value: string; label: string };

/** Select options with "all" first; a value in the address that the data no longer has stays choosable. */
export function choices(all: string, values: readonly string[], label: (value: string) => string, current?: string): Option[] {
  const present = current && !values.includes(current) ? [...values, current] : values;
  return [{ value: ALL, label: all }, ...present.map((value) => ({ value, label: label(value) }))];
}

export const fromChoice = (value: string | null) => (value === null || value === ALL ? undefined : value);
