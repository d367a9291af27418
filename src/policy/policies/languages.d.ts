/** A built-in policy file in one language (see scripts/policy-language.ts). */
declare module '*policy.json?lang=en' {
  const policy: unknown;
  export default policy;
}
declare module '*policy.json?lang=es' {
  const policy: unknown;
  export default policy;
}
