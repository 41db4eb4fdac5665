import { Body, Controller, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { ClockService } from '../clock/clock.service';
import { actorOf } from '../shared/actor';
import { PatientContactResponse, UpdateContactRequest } from './dto/contact.dto';
import { PatientIdentityService } from './patient-identity.service';
import { PatientsRepository } from './patients.repository';
import { ApiProblems } from '../openapi/api-problems';

/** R6, R8: a patient's stored contact, changed at a counter or by the phone centre — never by a booking. */
@ApiTags('patients')
@ApiBearerAuth()
@Controller('v1/patients')
export class PatientsController {
  constructor(
    private readonly patients: PatientsRepository,
    private readonly identity: PatientIdentityService,
    private readonly clock: ClockService,
  ) {}

  @Put('contact')
  @Roles('AGENT', 'ADMIN')
  @ApiOperation({
    summary: "Change the mobile a patient's messages go to (audited)",
    description:
      'With the name and document the patient presents. Bookings made with a mobile of their own keep it; ' +
      'the others, and later bookings made without one, use this.',
  })
  @ApiOkResponse({ type: PatientContactResponse })
  @ApiProblems({
    400: 'VALIDATION_FAILED, INVALID_DOCUMENT, INVALID_MOBILE, INVALID_NAME',
    404: 'NOT_FOUND (no patient has this document)',
    409: 'IDENTITY_MISMATCH',
  })
  async updateContact(
    @Body() body: UpdateContactRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<PatientContactResponse> {
    const row = await this.patients.updateContact(
      this.identity.protect(body),
      actorOf(caller, this.clock.now()),
    );
    return {
      patientId: row.patient_id,
      name: row.name,
      documentType: row.document_type,
      documentMasked: row.document_masked,
      mobileMasked: row.mobile_masked,
    };
  }
}
