/**
 * How host names and the domains they are compared with are written, in one place: the link rules,
 * the party websites and the organisation configuration all compare hosts in this form.
 */

/** A host as compared: lower case, without the trailing dot of a fully qualified name. */
export function normalizeHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, "");
}

/**
 * A site's domain as the party data writes it ("voorbeeldpartij.nl"): from a host or a typed
 * address ("https://www.Voorbeeldpartij.nl/over"), without scheme, "www.", path or trailing dot.
 */
export function siteDomain(address: string): string {
  const host = address
    .trim()
    .replace(/^[a-z]+:\/\//i, "")
    .replace(/[/?#].*$/, "");
  return normalizeHost(host).replace(/^www\./, "");
}
