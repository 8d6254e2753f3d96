import type { StoredAlert } from '@sitrep/db';
import { alertLink } from '../engine/alert-notification';

/** An alert as the API lists it, with its rule's name and severity when the rule is known. */
export function alertView(alert: StoredAlert, rule?: { name: string; severity: string }) {
  return { ...alert, ...(rule !== undefined && { ruleName: rule.name, severity: rule.severity }), link: alertLink(alert.fingerprint) };
}
