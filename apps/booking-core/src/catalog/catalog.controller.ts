import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@app/common';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { ClockService } from '../clock/clock.service';
import { actorOf } from '../shared/actor';
import { CatalogRepository } from './catalog.repository';
import {
  CodeParam,
  DepartmentResponse,
  DoctorQuery,
  DoctorResponse,
  RoomResponse,
  SaveDepartmentRequest,
  SaveDoctorRequest,
  SaveRoomRequest,
} from './dto/catalog.dto';
import { ApiProblems } from '../openapi/api-problems';

/** Departments, doctors and rooms: read by every client, maintained by ADMIN and SCHEDULER. */
@ApiTags('catalog')
@ApiBearerAuth()
@Controller('v1')
export class CatalogController {
  constructor(
    private readonly catalog: CatalogRepository,
    private readonly clock: ClockService,
  ) {}

  @Get('departments')
  @ApiOperation({ summary: 'Departments' })
  @ApiOkResponse({ type: [DepartmentResponse] })
  departments(): Promise<DepartmentResponse[]> {
    return this.catalog.listDepartments();
  }

  @Get('doctors')
  @ApiOperation({ summary: 'Doctors with title and specialties' })
  @ApiOkResponse({ type: [DoctorResponse] })
  doctors(@Query() q: DoctorQuery): Promise<DoctorResponse[]> {
    return this.catalog.listDoctors(q.departmentId);
  }

  @Get('rooms')
  @ApiOperation({ summary: 'Consulting rooms' })
  @ApiOkResponse({ type: [RoomResponse] })
  rooms(): Promise<RoomResponse[]> {
    return this.catalog.listRooms();
  }

  @Put('departments/:code')
  @Roles('ADMIN', 'SCHEDULER')
  @ApiOperation({ summary: 'Create or update a department (by code)' })
  @ApiOkResponse({ type: DepartmentResponse })
  saveDepartment(
    @Param() p: CodeParam,
    @Body() body: SaveDepartmentRequest,
    @CurrentCaller() caller: Caller,
  ) {
    return this.catalog.saveDepartment({ code: p.code, ...body }, actorOf(caller, this.clock.now()));
  }

  @Put('doctors/:code')
  @Roles('ADMIN', 'SCHEDULER')
  @ApiOperation({ summary: 'Create or update a doctor (by staff code)' })
  @ApiOkResponse({ type: DoctorResponse })
  @ApiProblems({ 404: 'DEPARTMENT_NOT_FOUND' })
  saveDoctor(@Param() p: CodeParam, @Body() body: SaveDoctorRequest, @CurrentCaller() caller: Caller) {
    return this.catalog.saveDoctor({ code: p.code, ...body }, actorOf(caller, this.clock.now()));
  }

  @Put('rooms/:code')
  @Roles('ADMIN', 'SCHEDULER')
  @ApiOperation({ summary: 'Create or update a consulting room (by code)' })
  @ApiOkResponse({ type: RoomResponse })
  @ApiProblems({ 404: 'DEPARTMENT_NOT_FOUND' })
  saveRoom(@Param() p: CodeParam, @Body() body: SaveRoomRequest, @CurrentCaller() caller: Caller) {
    return this.catalog.saveRoom({ code: p.code, ...body }, actorOf(caller, this.clock.now()));
  }

  @Get('doctors/:code')
  @ApiOperation({ summary: 'One doctor, by staff code (as PUT /v1/doctors/{code} saves it)' })
  @ApiOkResponse({ type: DoctorResponse })
  @ApiProblems({ 404: 'DOCTOR_NOT_FOUND' })
  async doctor(@Param() p: CodeParam): Promise<DoctorResponse> {
    const doctor = await this.catalog.findDoctorByCode(p.code);
    if (!doctor) throw new DomainError('DOCTOR_NOT_FOUND');
    return doctor;
  }
}
