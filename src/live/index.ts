export { LiveHub, type LiveEvent, type Audience, type LiveSubscriber } from './hub.ts';
