import { Injectable, Logger } from '@nestjs/common';
import type { Period } from '@app/contracts';
import { CatalogService } from '../catalog';
import { ClockService } from '../clock/clock.service';
import { ExamCatalogueService } from '../examinations';
import { ScheduleService } from '../scheduling';
import { DEMO_EXAM_DEPARTMENT, DEMO_EXAM_RESOURCES, DEMO_EXAM_RULES, DEMO_EXAM_TYPES } from './demo-exams';
import { DEMO_DEPARTMENTS, DEMO_ROSTER, PERIOD_START } from './demo-hospital';

/** Seeds the demo hospital into an empty database (SEED_DEMO=true), through the procedures. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    private readonly catalog: CatalogService,
    private readonly schedule: ScheduleService,
    private readonly exams: ExamCatalogueService,
    private readonly clock: ClockService,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    if ((await this.catalog.listDepartments()).length > 0) return false;
    const by = { actor: 'system:demo-seed', operator: null, now: this.clock.now() };
    const today = this.clock.today();
    let doctorNo = 0;
    let templates = 0;
    for (const [d, dept] of DEMO_DEPARTMENTS.entries()) {
      const department = await this.catalog.saveDepartment(
        { code: dept.code, name: dept.name, description: dept.description },
        by,
      );
      for (const [i, doc] of dept.doctors.entries()) {
        doctorNo++;
        const code = `D${String(doctorNo).padStart(4, '0')}`;
        const doctor = await this.catalog.saveDoctor(
          {
            code,
            departmentId: department.id,
            name: doc.name,
            title: doc.title,
            specialties: doc.specialties,
          },
          by,
        );
        const room = await this.catalog.saveRoom(
          {
            code: `R${3 + (d % 4)}${String(d * 3 + i + 1).padStart(2, '0')}`,
            name: `${3 + (d % 4)}楼 ${String(d * 3 + i + 1).padStart(2, '0')}诊室`,
            departmentId: department.id,
            location: `门诊楼${3 + (d % 4)}层`,
          },
          by,
        );
        const shape = DEMO_ROSTER[doc.title];
        // Spread the doctor's half-days over the week (Mon–Sat), alternating mornings and afternoons.
        for (let k = 0; k < shape.halfDays; k++) {
          const weekday = ((doctorNo + k * 2) % 6) + 1;
          const period: Period = (doctorNo + k) % 2 === 0 ? 'AM' : 'PM';
          await this.schedule.save(
            null,
            {
              doctorId: doctor.id,
              weekday,
              period,
              roomId: room.id,
              firstStart: PERIOD_START[period],
              minutesPerNumber: shape.minutesPerNumber,
              numberCount: shape.numberCount,
              reserveCount: shape.reserveCount,
              effectiveFrom: today,
            },
            by,
          );
          templates++;
        }
      }
    }
    const exams = await this.seedExaminations(by, today);
    this.logger.log(
      `demo hospital seeded: ${DEMO_DEPARTMENTS.length} departments, ${doctorNo} doctors, ${templates} templates; ` +
        `${exams.types} exam types, ${exams.resources} exam resources, ${exams.templates} exam templates`,
    );
    return true;
  }

  /** R19: the imaging and endoscopy centre, its exam types, devices with weekly templates, and rules. */
  private async seedExaminations(by: { actor: string; operator: null; now: Date }, today: string) {
    const caller = { name: by.actor, operator: null, roles: ['SCHEDULER' as const] };
    const department = await this.catalog.saveDepartment(DEMO_EXAM_DEPARTMENT, by);
    const typeIds = new Map<string, number>();
    for (const t of DEMO_EXAM_TYPES) {
      const saved = await this.exams.saveType(t.code, { ...t, departmentId: department.id }, caller);
      typeIds.set(t.code, saved.id);
    }
    let templates = 0;
    for (const [i, r] of DEMO_EXAM_RESOURCES.entries()) {
      const room = await this.catalog.saveRoom(
        {
          code: `E${String(i + 1).padStart(2, '0')}`,
          name: r.room,
          departmentId: department.id,
          location: '医技楼',
        },
        by,
      );
      const resource = await this.exams.saveResource(
        r.code,
        {
          name: r.name,
          device: r.device,
          roomId: room.id,
          departmentId: department.id,
          technicians: r.technicians,
          examTypeIds: r.types.map((code) => typeIds.get(code)!),
        },
        caller,
      );
      const minutes = Math.max(
        ...r.types.map((code) => DEMO_EXAM_TYPES.find((t) => t.code === code)!.minutesPerNumber),
      );
      for (const weekday of r.weekdays)
        for (const period of r.periods) {
          await this.exams.saveTemplate(
            null,
            {
              examResourceId: resource.id,
              weekday,
              period,
              firstStart: PERIOD_START[period],
              minutesPerNumber: minutes,
              numberCount: r.numberCount,
              reserveCount: r.reserveCount,
              feeCents: 0,
              effectiveFrom: today,
            },
            caller,
          );
          templates++;
        }
    }
    for (const rule of DEMO_EXAM_RULES)
      await this.exams.saveRule(
        rule.code,
        {
          earlierTypeId: typeIds.get(rule.earlier)!,
          laterTypeId: typeIds.get(rule.later)!,
          minGapMinutes: rule.minGapMinutes,
          description: rule.description,
        },
        caller,
      );
    return { types: DEMO_EXAM_TYPES.length, resources: DEMO_EXAM_RESOURCES.length, templates };
  }
}
