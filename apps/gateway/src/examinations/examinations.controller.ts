import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ExamSession, ExamType, Slot } from '@app/partner-client';
import { partnerOf, type GatewayRequest } from '../auth/gateway-request';
import { ApiIdempotencyKey, ApiProblems } from '../openapi/api-problems.decorator';
import { IdParam } from '../shared/params';
import {
  BookExaminationRequest,
  CancelExaminationRequest,
  ExamAppointmentResponse,
  ExamOrderLookupRequest,
  ExamOrderResponse,
  ExamSessionQuery,
  ExamSessionResponse,
  ExamTypeResponse,
} from './dto/examination.dto';
import { SlotResponse } from '../catalog/dto/catalog.dto';
import { ExaminationsService } from './examinations.service';

/** R19 医技预约: the patient picks a time for an examination the hospital already ordered. */
@ApiTags('examinations')
@Controller('v1')
export class ExaminationsController {
  constructor(private readonly exams: ExaminationsService) {}

  @Get('exam-types')
  @ApiOperation({ operationId: 'listExamTypes', summary: 'Exam types, with preparation (检查前准备)' })
  @ApiOkResponse({ type: [ExamTypeResponse] })
  @ApiProblems()
  types(): Promise<ExamType[]> {
    return this.exams.types();
  }

  @Post('exam-orders/lookup')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'lookupExamOrder',
    summary: "An order (申请单), by its number and its patient's name and document",
  })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: ExamOrderResponse })
  @ApiProblems({
    400: 'VALIDATION_FAILED, INVALID_DOCUMENT, INVALID_NAME, IDEMPOTENCY_KEY_MISSING',
    404: 'EXAM_ORDER_NOT_FOUND (also when the patient is not the order’s)',
  })
  lookup(@Body() body: ExamOrderLookupRequest, @Req() request: GatewayRequest) {
    return this.exams.lookup(body, partnerOf(request));
  }

  @Get('exam-sessions')
  @ApiOperation({
    operationId: 'listExamSessions',
    summary: 'Sessions of the devices performing an exam type',
  })
  @ApiOkResponse({ type: [ExamSessionResponse] })
  @ApiProblems({ 400: 'VALIDATION_FAILED' })
  sessions(@Query() q: ExamSessionQuery, @Req() request: GatewayRequest): Promise<ExamSession[]> {
    return this.exams.sessions(q, partnerOf(request));
  }

  @Get('exam-sessions/:id/slots')
  @ApiOperation({
    operationId: 'listExamSlots',
    summary: "A device session's times, and whether each is bookable",
  })
  @ApiOkResponse({ type: [SlotResponse] })
  @ApiProblems({ 404: 'SESSION_NOT_FOUND' })
  slots(@Param() p: IdParam, @Req() request: GatewayRequest): Promise<Slot[]> {
    return this.exams.slots(p.id, partnerOf(request));
  }

  @Post('examinations')
  @ApiOperation({
    operationId: 'bookExamination',
    summary: 'Book a time for an order the hospital issued (R19)',
    description:
      'There is no examination booking without an order: an order number that does not exist, or is ' +
      'not this patient’s, is EXAM_ORDER_NOT_FOUND. One live booking per order.',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: ExamAppointmentResponse })
  @ApiProblems({
    400: 'VALIDATION_FAILED, INVALID_DOCUMENT, INVALID_MOBILE, INVALID_NAME, IDEMPOTENCY_KEY_MISSING',
    404: 'EXAM_ORDER_NOT_FOUND, SLOT_NOT_FOUND',
    409:
      'EXAM_ORDER_ALREADY_BOOKED, EXAM_ORDER_NOT_OPEN, EXAM_TYPE_NOT_PERFORMED, EXAM_RULE_CONFLICT, ' +
      'SLOT_UNAVAILABLE, SESSION_NOT_OPEN, SESSION_SUSPENDED, IDENTITY_MISMATCH, IDEMPOTENCY_IN_PROGRESS',
    422: 'IDEMPOTENCY_KEY_REUSED',
  })
  book(@Body() body: BookExaminationRequest, @Req() request: GatewayRequest) {
    const key = request.headers['idempotency-key'];
    return this.exams.book(body, partnerOf(request), typeof key === 'string' ? key : undefined);
  }

  @Get('examinations/:id')
  @ApiOperation({ operationId: 'getExamination', summary: 'One booked examination, if this partner made it' })
  @ApiOkResponse({ type: ExamAppointmentResponse })
  @ApiProblems({ 404: 'APPOINTMENT_NOT_FOUND (also when another partner made it)' })
  get(@Param() p: IdParam, @Req() request: GatewayRequest) {
    return this.exams.get(p.id, partnerOf(request));
  }

  @Post('examinations/:id/cancel')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'cancelExamination',
    summary: 'Cancel a booked examination; the order can be booked again',
  })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: ExamAppointmentResponse })
  @ApiProblems({ 404: 'APPOINTMENT_NOT_FOUND', 409: 'CANCEL_NOT_ALLOWED, IDEMPOTENCY_IN_PROGRESS' })
  cancel(@Param() p: IdParam, @Body() body: CancelExaminationRequest, @Req() request: GatewayRequest) {
    return this.exams.cancel(p.id, partnerOf(request), body.reason);
  }
}
