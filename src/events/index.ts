export { DomainEvents, type DomainEvent, type DomainHandler } from './bus.ts';
