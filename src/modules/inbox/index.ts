// The inbox (issue 5) is being built: so far, the signature check of the API/webhook channel.
export { signatureHeader, signatureHeaderValue, verifySignature, type SignatureCheck } from './signature.ts';
