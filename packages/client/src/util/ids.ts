/** A random UUID in browsers and Node (both have Web Crypto's randomUUID in secure contexts and Node 20). */
export const newId = (): string => globalThis.crypto.randomUUID();
