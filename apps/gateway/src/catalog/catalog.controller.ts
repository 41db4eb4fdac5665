import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { partnerOf, type GatewayRequest } from '../auth/gateway-request';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { IdParam } from '../shared/params';
import { CatalogService } from './catalog.service';
import {
  DepartmentResponse,
  DoctorQuery,
  DoctorResponse,
  SessionQuery,
  SessionResponse,
  SlotResponse,
} from './dto/catalog.dto';

/** Departments, doctors, sessions (出诊) and their numbers (号): what a partner shows before booking. */
@ApiTags('catalog')
@Controller('v1')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('departments')
  @ApiOperation({ operationId: 'listDepartments', summary: 'Departments' })
  @ApiOkResponse({ type: [DepartmentResponse], description: 'Every department' })
  @ApiProblems()
  departments(): Promise<DepartmentResponse[]> {
    return this.catalog.departments();
  }

  @Get('doctors')
  @ApiOperation({ operationId: 'listDoctors', summary: 'Doctors with title and specialties' })
  @ApiOkResponse({ type: [DoctorResponse], description: 'Doctors, by department if asked' })
  @ApiProblems({ 400: 'VALIDATION_FAILED' })
  doctors(@Query() q: DoctorQuery): Promise<DoctorResponse[]> {
    return this.catalog.doctors(q.departmentId);
  }

  @Get('sessions')
  @ApiOperation({
    operationId: 'listSessions',
    summary:
      'Open sessions with doctor, acting doctor, room, time, fee and the numbers this partner can book',
  })
  @ApiOkResponse({ type: [SessionResponse], description: 'Open sessions in the date range' })
  @ApiProblems({ 400: 'VALIDATION_FAILED' })
  sessions(@Query() q: SessionQuery, @Req() request: GatewayRequest): Promise<SessionResponse[]> {
    return this.catalog.sessions(q, partnerOf(request));
  }

  @Get('sessions/:id/slots')
  @ApiOperation({
    operationId: 'listSlots',
    summary: "A session's numbers with their time windows and whether this partner can book each",
  })
  @ApiOkResponse({ type: [SlotResponse], description: 'The numbers in visit order' })
  @ApiProblems({ 400: 'VALIDATION_FAILED', 404: 'SESSION_NOT_FOUND' })
  slots(@Param() p: IdParam, @Req() request: GatewayRequest): Promise<SlotResponse[]> {
    return this.catalog.slots(p.id, partnerOf(request));
  }
}
