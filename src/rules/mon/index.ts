import type { Rule } from '../types';
import { rdsEventNotifications } from './rds-event-notifications';
import { redshiftAuditLogging } from './redshift-audit-logging';

/** Monitoring, in controls.md order. */
export const MON_RULES: readonly Rule[] = [rdsEventNotifications, redshiftAuditLogging];
