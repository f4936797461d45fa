// The inbox (issue 5) is being built: so far, routing rules with their trace and the API channel's signature check.
export {
  routeConversation,
  type Condition,
  type RoutingActions,
  type RoutingFacts,
  type RoutingResult,
  type RoutingRule,
  type RuleTrace,
} from './routing.ts';
export { signatureHeader, signatureHeaderValue, verifySignature, type SignatureCheck } from './signature.ts';
