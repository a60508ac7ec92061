/**
 * Who may do what: the one permission table, read by the core when it applies an op (local or from a peer)
 * and by the screens to hide what an operator may not do. Pure: no Node, no DOM.
 */
export const roleKinds = ['commander', 'spokesperson', 'publicSafetyLead', 'communityLiaison', 'operationsStaff', 'observer'] as const;
export type RoleKind = (typeof roleKinds)[number];

export const roleKindLabels: Record<RoleKind, string> = {
  commander: 'Incident commander / mayor',
  spokesperson: 'Spokesperson',
  publicSafetyLead: 'Public-safety lead',
  communityLiaison: 'Community liaison',
  operationsStaff: 'Operations staff',
  observer: 'Observer',
};

export const actions = [
  'setPriorities',
  'decide',
  'draftStatements',
  'approveStatements',
  'publishStatements',
  'manageRoster',
  'revokeDevices',
  'inviteDevices',
  'editSituation',
  'withholdNames',
  'postUpdates',
  'manageTasks',
  'manageActors',
  'manageProtection',
  'manageRumours',
  'engageCommunities',
  'supportFamilies',
  'requestResources',
  'approveResources',
] as const;
export type Action = (typeof actions)[number];

export const actionLabels: Record<Action, string> = {
  setPriorities: 'set priorities',
  decide: 'take decisions',
  draftStatements: 'draft statements',
  approveStatements: 'approve statements',
  publishStatements: 'publish statements',
  manageRoster: 'manage the roster',
  revokeDevices: 'revoke devices',
  inviteDevices: 'invite devices',
  editSituation: 'edit the situation',
  withholdNames: 'set the names statements must withhold',
  postUpdates: 'post updates and log notes',
  manageTasks: 'manage tasks',
  manageActors: 'manage actors on the ground',
  manageProtection: 'manage protection needs',
  manageRumours: 'record and verify rumours',
  engageCommunities: 'record community engagements and promises',
  supportFamilies: 'support families and survivors',
  requestResources: 'request resources',
  approveResources: 'approve resource requests',
};

/**
 * The guide puts priorities, decisions and approval with the mayor or incident commander; the spokesperson
 * drafts and publishes (approval stays with someone else: the two-person rule); the leads and staff keep the
 * common picture current; observers read only. Everyone who works the incident may ask for resources (ICS 213RR);
 * deciding on a request is the commander's and the public-safety lead's, who own the operations it serves.
 */
export const permissionTable: Record<RoleKind, readonly Action[]> = {
  commander: actions,
  spokesperson: ['draftStatements', 'publishStatements', 'postUpdates', 'manageRumours', 'requestResources'],
  publicSafetyLead: ['decide', 'editSituation', 'postUpdates', 'manageTasks', 'manageActors', 'manageProtection', 'manageRumours', 'engageCommunities', 'requestResources', 'approveResources'],
  communityLiaison: ['postUpdates', 'manageActors', 'manageProtection', 'manageRumours', 'engageCommunities', 'supportFamilies', 'requestResources'],
  operationsStaff: ['postUpdates', 'manageTasks', 'manageActors', 'manageProtection', 'manageRumours', 'requestResources'],
  observer: [],
};

export const mayAct = (kinds: readonly RoleKind[], action: Action): boolean => kinds.some((kind) => permissionTable[kind].includes(action));

export const actionsOf = (kinds: readonly RoleKind[]): Action[] => actions.filter((action) => mayAct(kinds, action));

/**
 * Who approves or commands: their PIN guards the two-person rule and the roster, so it must be long enough to
 * resist offline guessing (see roster/pin-rules), and resetting it takes a second commander or approver.
 */
export const approvesOrCommands = (kinds: readonly RoleKind[]): boolean => mayAct(kinds, 'approveStatements') || mayAct(kinds, 'manageRoster');

/** Whose PIN must be long: those who approve or command, and the spokesperson, who publishes. */
export const needsLongPin = (kinds: readonly RoleKind[]): boolean => approvesOrCommands(kinds) || mayAct(kinds, 'publishStatements');

/** PIN lengths: for every operator, and for one who approves, commands or publishes. */
export const PIN_MIN_DIGITS = 4;
export const LONG_PIN_MIN_DIGITS = 8;
export const PIN_MAX_DIGITS = 12;
