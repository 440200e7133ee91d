/** "{count} fouten" with { count: 2 } -> "2 fouten"; an unknown placeholder stays as written. */
export function fillPlaceholders(template: string, data?: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    data?.[name] !== undefined ? String(data[name]) : whole,
  );
}
