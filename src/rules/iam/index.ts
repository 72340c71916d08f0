import type { Rule } from '../types';
import { instanceRoleAttached } from './instance-role-attached';
import { masterUserForApps } from './master-user-for-apps';
import { noEmbeddedKeys } from './no-embedded-keys';
import { noRootKeys } from './no-root-keys';
import { noWildcardAdmin } from './no-wildcard-admin';
import { orphanRole } from './orphan-role';
import { serviceWildcard } from './service-wildcard';
import { sessionDuration } from './session-duration';
import { trustAnyPrincipal } from './trust-any-principal';
import { userAccessKeys } from './user-access-keys';
import { userMfa } from './user-mfa';

/** Identity and access, in controls.md order. */
export const IAM_RULES: readonly Rule[] = [
  noWildcardAdmin,
  serviceWildcard,
  noEmbeddedKeys,
  noRootKeys,
  instanceRoleAttached,
  sessionDuration,
  trustAnyPrincipal,
  orphanRole,
  userMfa,
  userAccessKeys,
  masterUserForApps,
];
