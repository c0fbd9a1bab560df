import ipaddr from 'ipaddr.js';

export interface AddressClass {
  /** True only for globally routable unicast addresses. */
  public: boolean;
  /** ipaddr.js range name: `unicast`, `private`, `loopback`, `linkLocal`, `uniqueLocal`, `multicast`, `unspecified`, ... */
  range: string;
}

/** An IP literal as written in a URL host or returned by DNS (`[::1]` brackets and `%zone` allowed). */
export function isIpLiteral(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  return ipaddr.IPv4.isValidFourPartDecimal(bare) || ipaddr.IPv6.isValid(bare);
}

/**
 * Classifies an IP address for the proxy's SSRF guard. Anything but global
 * unicast is refused: private, loopback, link-local, unspecified, multicast,
 * carrier-grade NAT, reserved and documentation ranges. IPv4-mapped IPv6
 * (`::ffff:127.0.0.1`) is judged by its IPv4 address; NAT64, 6to4 and Teredo,
 * which can embed a private IPv4 address, are refused.
 * @example classifyAddress('::ffff:10.0.0.1') → { public: false, range: 'private' }
 */
export function classifyAddress(address: string): AddressClass {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!isIpLiteral(bare)) return { public: false, range: 'invalid' };
  let parsed = ipaddr.parse(bare);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  return { public: range === 'unicast', range };
}
