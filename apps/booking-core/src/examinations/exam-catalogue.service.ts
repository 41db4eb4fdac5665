import { Injectable } from '@nestjs/common';
import type { ExamResourceView, ExamRuleView, ExamTypeView } from '@app/contracts';
import type { Caller } from '../auth/auth.guard';
import { ClockService } from '../clock/clock.service';
import type { ExamResourceRow, ExamRuleRow, ExamTypeRow } from '../database/sql-types.generated';
import { actorOf } from '../shared/actor';
import type {
  SaveExamResourceRequest,
  SaveExamRuleRequest,
  SaveExamTemplateRequest,
  SaveExamTypeRequest,
} from './dto/examination.dto';
import { ExaminationsRepository } from './examinations.repository';

/** R19 catalogue: exam types, resources (device + room) with their templates, and the rules between exams. */
@Injectable()
export class ExamCatalogueService {
  constructor(
    private readonly exams: ExaminationsRepository,
    private readonly clock: ClockService,
  ) {}

  async saveType(code: string, req: SaveExamTypeRequest, caller: Caller): Promise<ExamTypeView> {
    const row = await this.exams.saveType(
      {
        code,
        name: req.name,
        modality: req.modality,
        departmentId: req.departmentId,
        minutesPerNumber: req.minutesPerNumber,
        preparation: req.preparation,
        contraindications: req.contraindications,
        active: req.active ?? true,
      },
      actorOf(caller, this.clock.now()),
    );
    return typeView(row);
  }

  async types(): Promise<ExamTypeView[]> {
    return (await this.exams.types()).map(typeView);
  }

  async saveResource(code: string, req: SaveExamResourceRequest, caller: Caller): Promise<ExamResourceView> {
    const row = await this.exams.saveResource(
      {
        code,
        name: req.name,
        device: req.device,
        roomId: req.roomId,
        departmentId: req.departmentId,
        technicians: req.technicians ?? null,
        examTypeIds: req.examTypeIds,
        active: req.active ?? true,
      },
      actorOf(caller, this.clock.now()),
    );
    return resourceView(row, req.examTypeIds);
  }

  async resources(): Promise<ExamResourceView[]> {
    const links = await this.exams.resourceTypes();
    return (await this.exams.resources()).map((r) =>
      resourceView(
        r,
        links.filter((l) => l.exam_resource_id === r.id).map((l) => l.exam_type_id),
      ),
    );
  }

  async saveTemplate(id: number | null, req: SaveExamTemplateRequest, caller: Caller) {
    const row = await this.exams.saveTemplate(
      {
        id,
        examResourceId: req.examResourceId,
        weekday: req.weekday,
        period: req.period,
        firstStart: req.firstStart,
        minutesPerNumber: req.minutesPerNumber,
        numberCount: req.numberCount,
        reserveCount: req.reserveCount,
        feeCents: req.feeCents,
        effectiveFrom: req.effectiveFrom,
        effectiveTo: req.effectiveTo ?? null,
        active: req.active ?? true,
      },
      actorOf(caller, this.clock.now()),
    );
    return {
      id: row.id,
      examResourceId: row.exam_resource_id,
      weekday: row.weekday,
      period: row.period,
      roomId: row.room_id,
      numberCount: row.number_count,
      reserveCount: row.reserve_count,
      revision: row.revision,
      active: row.active,
    };
  }

  async saveRule(code: string, req: SaveExamRuleRequest, caller: Caller): Promise<ExamRuleView> {
    const row = await this.exams.saveRule(
      {
        code,
        earlierTypeId: req.earlierTypeId,
        laterTypeId: req.laterTypeId,
        minGapMinutes: req.minGapMinutes,
        description: req.description,
        active: req.active ?? true,
      },
      actorOf(caller, this.clock.now()),
    );
    return ruleView(row);
  }

  async rules(): Promise<ExamRuleView[]> {
    return (await this.exams.rules()).map(ruleView);
  }
}

function typeView(r: ExamTypeRow): ExamTypeView {
  let questions: string[] = [];
  try {
    const parsed: unknown = JSON.parse(r.contraindications);
    if (Array.isArray(parsed)) questions = parsed.filter((q): q is string => typeof q === 'string');
  } catch {
    /* stored by save_exam_type as a JSON array; anything else reads as none */
  }
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    modality: r.modality,
    departmentId: r.department_id,
    minutesPerNumber: Number(r.minutes_per_number),
    preparation: r.preparation,
    contraindications: questions,
    active: r.active,
  };
}

function resourceView(r: ExamResourceRow, examTypeIds: number[]): ExamResourceView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    device: r.device,
    roomId: r.room_id,
    departmentId: r.department_id,
    technicians: r.technicians,
    examTypeIds,
    active: r.active,
  };
}

function ruleView(r: ExamRuleRow): ExamRuleView {
  return {
    id: r.id,
    code: r.code,
    earlierTypeId: r.earlier_type_id,
    laterTypeId: r.later_type_id,
    minGapMinutes: r.min_gap_minutes,
    description: r.description,
    active: r.active,
  };
}
