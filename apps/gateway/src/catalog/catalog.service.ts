import { Injectable } from '@nestjs/common';
import type { ClinicSession, Department, Doctor, Slot } from '@app/partner-client';
import { CoreClient, type SessionFilter } from '../core/core-client';
import type { Partner } from '../partners/partner';
import { toPartnerDepartment, toPartnerDoctor, toPartnerSession, toPartnerSlot } from './catalog-views';

/** Read-only views of the one pool (R5), counted for the asking partner's channel. */
@Injectable()
export class CatalogService {
  constructor(private readonly core: CoreClient) {}

  async departments(): Promise<Department[]> {
    return (await this.core.departments()).map(toPartnerDepartment);
  }

  async doctors(departmentId?: number): Promise<Doctor[]> {
    return (await this.core.doctors(departmentId)).map(toPartnerDoctor);
  }

  /** Open sessions only: suspended and closed ones cannot be booked through any channel. */
  async sessions(filter: SessionFilter, partner: Partner): Promise<ClinicSession[]> {
    const sessions = await this.core.sessions(filter, partner.channel);
    return sessions.filter((s) => s.status === 'OPEN').map(toPartnerSession);
  }

  async slots(sessionId: number, partner: Partner): Promise<Slot[]> {
    return (await this.core.slots(sessionId, partner.channel)).map(toPartnerSlot);
  }
}
