import type { RuleListing, RuleRevision } from '@sitrep/db';
import type { Response } from 'express';
import { conflict } from '../http/http-errors';
import type { SubmittedChange } from './rule-changes.service';

/** A rule as the API shows it: the definition, its place in its history and where the engine is with it. */
export function ruleView(listing: RuleListing) {
  const { rule, engine } = listing;
  return {
    id: rule.id,
    version: rule.version,
    revision: rule.revision,
    enabled: rule.enabled,
    rule: rule.rule,
    createdAt: rule.createdAt,
    createdBy: rule.createdBy,
    updatedAt: rule.updatedAt,
    updatedBy: rule.updatedBy,
    engine: engine === null || engine.epoch !== rule.epoch ? { state: rule.enabled ? 'starting' : 'off' } : { state: 'running', ...engine },
  };
}

/** One entry of the audit trail. */
export function revisionView(revision: RuleRevision) {
  return { ...revision };
}

/**
 * The answer to a submitted change: `applied` gives what `onApplied` makes of it; `refused` is a
 * 409 (another change got there first); `pending` (the projection is behind) is a 202 naming the
 * change and the rule (with a Location to poll: a created rule's id may have been generated), which
 * will be applied or refused in log order.
 */
export function answerSubmitted<T>(
  submitted: SubmittedChange,
  ruleId: string,
  res: Response,
  onApplied: (revision: RuleRevision) => T,
): T | { status: 'pending'; changeId: string; id: string } {
  if (submitted.status === 'refused') throw conflict('The rule was changed meanwhile: read it again and retry');
  if (submitted.status === 'pending') {
    res.status(202).location(`/v1/rules/${encodeURIComponent(ruleId)}`);
    return { status: 'pending', changeId: submitted.changeId, id: ruleId };
  }
  return onApplied(submitted.revision);
}
