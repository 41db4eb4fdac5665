import { Injectable, Logger } from '@nestjs/common';
import type { TriageKbVersionView } from '@app/contracts';
import { DomainError } from '@app/common';
import { ClockService } from '../clock/clock.service';
import type { Actor } from '../shared/actor';
import { at } from '../shared/view-mappers';
import { TriageEngine } from './engine/triage-engine';
import { validateKnowledgeBase } from './kb/kb-validator';
import { loadBundledKnowledgeBase, serializeKnowledgeBase, type KnowledgeBase } from './kb/knowledge-base';
import { type KbVersionRow, TriageRepository } from './triage.repository';

export interface CurrentTriage {
  version: string;
  engine: TriageEngine;
  paediatricAge: number;
}

/**
 * The published knowledge base (R18): publication (validated, then stored and audited by one
 * procedure) and the engine of the current version, compiled once per version and cached. Every
 * request reads which version is current, so all booking-core processes switch together.
 */
@Injectable()
export class TriageKbService {
  private readonly logger = new Logger('Triage');
  private readonly engines = new Map<string, TriageEngine>();

  constructor(
    private readonly repository: TriageRepository,
    private readonly clock: ClockService,
  ) {}

  async current(): Promise<CurrentTriage> {
    const { version, paediatricAge } = await this.repository.state();
    if (!version) throw new DomainError('TRIAGE_UNAVAILABLE');
    let engine = this.engines.get(version);
    if (!engine) {
      const content = await this.repository.content(version);
      if (!content) throw new DomainError('TRIAGE_UNAVAILABLE');
      engine = new TriageEngine(JSON.parse(content) as KnowledgeBase);
      this.engines.set(version, engine);
    }
    return { version, engine, paediatricAge };
  }

  /** Validates a knowledge base against this hospital's departments, then publishes it. */
  async publish(document: unknown, by: Actor): Promise<TriageKbVersionView> {
    const problems = validateKnowledgeBase(document, await this.repository.activeDepartments());
    if (problems.length)
      throw new DomainError(
        'TRIAGE_KB_INVALID',
        `${problems.length} problem(s): ${problems.slice(0, 3).join('; ')}`,
        {
          problems,
        },
      );
    const kb = document as KnowledgeBase;
    const { content, checksum } = serializeKnowledgeBase(kb);
    const departmentMap = JSON.stringify(
      kb.hospital.map.flatMap((m) =>
        m.departments.map((department, i) => ({ specialty: m.specialty, department, preference: i + 1 })),
      ),
    );
    const row = await this.repository.publish(
      { version: kb.version, label: kb.label, checksum, content, departmentMap },
      { symptoms: kb.symptoms.length, redFlags: kb.redFlags.length, rules: kb.rules.length },
      by,
    );
    this.engines.set(kb.version, new TriageEngine(kb));
    return this.view(row);
  }

  /**
   * At boot: publish the newest bundled version when none is published yet, if this hospital has
   * the departments it maps to (the demo hospital does; a hospital with its own list publishes its
   * own mapping through the API). Several processes may try at once: the same checksum is a no-op.
   */
  async publishBundledIfNone(): Promise<void> {
    if ((await this.repository.state()).version) return;
    const kb = loadBundledKnowledgeBase();
    const departments = await this.repository.activeDepartments();
    const problems = validateKnowledgeBase(kb, departments);
    if (problems.length) {
      // No departments yet is a new installation, not a problem worth a warning.
      const message = `bundled triage knowledge base ${kb.version} not published: ${problems[0]}`;
      if (departments.length) this.logger.warn(message);
      else this.logger.debug(message);
      return;
    }
    const published = await this.publish(kb, { actor: 'system:boot', operator: null, now: this.clock.now() });
    this.logger.log(`triage knowledge base ${published.version} published (${published.symptoms} symptoms)`);
  }

  async versions(): Promise<TriageKbVersionView[]> {
    return (await this.repository.versions()).map((r) => this.view(r));
  }

  private view(r: KbVersionRow): TriageKbVersionView {
    return {
      version: r.version,
      label: r.label,
      checksum: r.checksum.trim(),
      symptoms: Number(r.symptom_count),
      redFlags: Number(r.red_flag_count),
      rules: Number(r.rule_count),
      publishedAt: at(r.published_at, this.clock.timeZone),
      publishedBy: r.published_by,
      current: Boolean(r.is_current),
    };
  }
}
