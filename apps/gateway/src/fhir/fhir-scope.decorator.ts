import { applyDecorators, SetMetadata } from '@nestjs/common';

export const FHIR_ROUTE = 'gateway:fhir';
export const FHIR_SCOPE = 'gateway:fhir-scope';

/** What a FHIR route needs: a resource and an action, or only a valid token ('any'). */
export type FhirScopeNeed = { resource: string; action: 'read' | 'write' } | 'any';

/**
 * Decision 024: a controller of the FHIR façade. PartnerAuthGuard then asks for a SMART bearer
 * token instead of an HMAC signature, and refuses any route of it that declares no scope (fail
 * closed: no FHIR route is ever open).
 */
export const FhirRoute = (): ClassDecorator => applyDecorators(SetMetadata(FHIR_ROUTE, true));

export const FhirScope = (need: FhirScopeNeed): MethodDecorator => SetMetadata(FHIR_SCOPE, need);
