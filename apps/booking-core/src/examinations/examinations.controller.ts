import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ExamOrderView, ExamSessionView, SlotView } from '@app/contracts';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiProblems } from '../openapi/api-problems';
import { ChannelQuery, SlotResponse } from '../sessions';
import { IdParam } from '../shared/params';
import {
  BookExaminationRequest,
  CancelExaminationRequest,
  ExamAppointmentResponse,
  ExamOrderLookupRequest,
  ExamPartnerQuery,
  ExamSessionQuery,
  ExamVisitRequest,
  PlaceExamOrderRequest,
} from './dto/examination.dto';
import { ExaminationsService } from './examinations.service';

/** Booking's roles (R7), as for clinics: the appointment centre, clinic stations, the gateway. */
const BOOKERS = ['AGENT', 'CLINICIAN', 'REGISTRAR', 'GATEWAY'] as const;
const READERS = ['AGENT', 'CLINICIAN', 'NURSE', 'REGISTRAR', 'ADMIN', 'GATEWAY'] as const;

/** R19 医技预约: orders (申请单), booking a time for an order, and the examination's visit day. */
@ApiTags('examinations')
@ApiBearerAuth()
@Controller('v1')
export class ExaminationsController {
  constructor(private readonly exams: ExaminationsService) {}

  @Post('exam-orders')
  @Roles('CLINICIAN')
  @ApiOperation({ summary: 'A clinician orders an examination for a patient (申请单)' })
  @ApiProblems({
    400: 'VALIDATION_FAILED, INVALID_DOCUMENT, INVALID_NAME',
    404: 'EXAM_TYPE_NOT_FOUND, DOCTOR_NOT_FOUND',
    409: 'EXAM_ORDER_EXISTS, IDENTITY_MISMATCH',
  })
  @ApiCreatedResponse({
    description:
      'The order (申请单): id, orderNo, status, examType, orderedBy, createdAt, completedAt, appointmentId',
    schema: { type: 'object' },
  })
  placeOrder(@Body() body: PlaceExamOrderRequest, @CurrentCaller() caller: Caller): Promise<ExamOrderView> {
    return this.exams.placeOrder(body, caller);
  }

  @Post('exam-orders/lookup')
  @Roles(...READERS)
  @HttpCode(200)
  @ApiOperation({ summary: "An order, by its number and its patient's name and document" })
  @ApiProblems({ 404: 'EXAM_ORDER_NOT_FOUND (also when the patient is not the order’s)' })
  @ApiOkResponse({ description: 'The order', schema: { type: 'object' } })
  lookup(@Body() body: ExamOrderLookupRequest, @CurrentCaller() caller: Caller): Promise<ExamOrderView> {
    return this.exams.lookupOrder(body, caller);
  }

  @Get('exam-sessions')
  @ApiOperation({ summary: 'Sessions of the resources performing an exam type, with availability' })
  @ApiOkResponse({
    description: 'Resource sessions with availability',
    schema: { type: 'array', items: { type: 'object' } },
  })
  sessions(@Query() q: ExamSessionQuery): Promise<ExamSessionView[]> {
    return this.exams.sessions(q);
  }

  @Get('exam-sessions/:id/slots')
  @ApiOperation({ summary: "A resource session's numbers (times), and whether this channel may book each" })
  @ApiOkResponse({ type: [SlotResponse] })
  @ApiProblems({ 404: 'SESSION_NOT_FOUND' })
  slots(@Param() p: IdParam, @Query() q: ChannelQuery): Promise<SlotView[]> {
    return this.exams.slots(p.id, q.channel);
  }

  @Post('exam-sessions/:id/call-next')
  @Roles('NURSE', 'CLINICIAN')
  @HttpCode(200)
  @ApiOperation({ summary: 'R12 叫号 for a resource: call the next waiting patient' })
  @ApiOkResponse({ type: ExamAppointmentResponse })
  @ApiProblems({ 404: 'SESSION_NOT_FOUND', 409: 'QUEUE_EMPTY' })
  callNext(@Param() p: IdParam, @CurrentCaller() caller: Caller) {
    return this.exams.callNext(p.id, caller);
  }

  @Post('examinations')
  @Roles(...BOOKERS)
  @ApiOperation({
    summary: 'Book a time for an order (R19)',
    description:
      'The order must be the patient’s and open, with no live booking; the number must be of a resource ' +
      'performing the order’s exam type; the time must keep the rules between the patient’s examinations.',
  })
  @ApiCreatedResponse({ type: ExamAppointmentResponse })
  @ApiProblems({
    400: 'VALIDATION_FAILED, INVALID_DOCUMENT, INVALID_MOBILE, INVALID_NAME',
    403: 'CHANNEL_NOT_ALLOWED',
    404: 'EXAM_ORDER_NOT_FOUND, SLOT_NOT_FOUND, SESSION_NOT_FOUND',
    409: 'EXAM_ORDER_ALREADY_BOOKED, EXAM_ORDER_NOT_OPEN, EXAM_TYPE_NOT_PERFORMED, EXAM_RULE_CONFLICT, SLOT_UNAVAILABLE, SESSION_NOT_OPEN, SESSION_SUSPENDED, IDENTITY_MISMATCH',
    422: 'IDEMPOTENCY_KEY_REUSED',
  })
  book(@Body() body: BookExaminationRequest, @CurrentCaller() caller: Caller) {
    return this.exams.book(body, caller);
  }

  @Get('examinations/:id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One booked examination' })
  @ApiOkResponse({ type: ExamAppointmentResponse })
  @ApiProblems({ 404: 'APPOINTMENT_NOT_FOUND (GATEWAY: also when another partner made it)' })
  get(@Param() p: IdParam, @Query() q: ExamPartnerQuery, @CurrentCaller() caller: Caller) {
    return this.exams.get(p.id, q.partnerId, caller);
  }

  @Post('examinations/:id/cancel')
  @Roles(...BOOKERS)
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a booked examination (R9): the order can be booked again' })
  @ApiOkResponse({ type: ExamAppointmentResponse })
  @ApiProblems({ 404: 'APPOINTMENT_NOT_FOUND', 409: 'CANCEL_NOT_ALLOWED' })
  cancel(@Param() p: IdParam, @Body() body: CancelExaminationRequest, @CurrentCaller() caller: Caller) {
    return this.exams.cancel(p.id, body.partnerId, body.reason, caller);
  }

  @Post('examinations/check-ins')
  @Roles('AGENT', 'NURSE')
  @HttpCode(200)
  @ApiOperation({ summary: 'R10 取号 for an examination; R11: more than lateness_minutes late voids it' })
  @ApiOkResponse({ type: ExamAppointmentResponse })
  @ApiProblems({
    404: 'APPOINTMENT_NOT_FOUND',
    409: 'CHECKIN_IDENTITY_MISMATCH, CHECKIN_TOO_LATE, CHECKIN_NOT_TODAY, CHECKIN_TOO_EARLY, APPOINTMENT_NOT_ACTIVE',
  })
  checkIn(@Body() body: ExamVisitRequest, @CurrentCaller() caller: Caller) {
    return this.exams.checkIn(body, caller);
  }

  @Post('examinations/completions')
  @Roles('NURSE', 'CLINICIAN')
  @HttpCode(200)
  @ApiOperation({ summary: 'The examination is done (in place of registration): after check-in and a call' })
  @ApiOkResponse({ type: ExamAppointmentResponse })
  @ApiProblems({
    404: 'APPOINTMENT_NOT_FOUND',
    409: 'IDENTITY_MISMATCH, NOT_CHECKED_IN, NOT_CALLED, APPOINTMENT_NOT_ACTIVE',
  })
  complete(@Body() body: ExamVisitRequest, @CurrentCaller() caller: Caller) {
    return this.exams.complete(body, caller);
  }
}
