import {
  AssignmentAnswerSchema,
  AssignmentDetailSchema,
  AssignmentsAnswerSchema,
  CsvImportAnswerSchema,
  MemberAddedSchema,
  ResetLinkSchema,
  TeamAnswerSchema,
  TeamDetailSchema,
  TeamsAnswerSchema,
  UserCreatedSchema,
  type ApiError,
  type Assignment,
  type AssignmentCreate,
  type AttemptResult,
  type Member,
  type Team,
} from '../core/api';
import type { ApiClient, ApiResult } from './api-client';
import { runForm, type FormName } from './account-slice';
import type { AppActions, AppState } from './store';

/**
 * The manager's pages: teams, the people in a team with their invite and reset links, CSV
 * imports, assignments, and every attempt with the score the server computed.
 */

/** A one-use link just made for a person, for the manager to copy and hand over. */
export interface IssuedLink {
  readonly kind: 'invite' | 'reset';
  readonly name: string;
  readonly email: string;
  readonly url: string;
}

export interface TeamPage {
  readonly team: Team;
  readonly members: readonly Member[];
  readonly assignments: readonly Assignment[];
  /** Each assignment's attempts, by assignment id. */
  readonly attempts: Readonly<Record<string, readonly AttemptResult[]>>;
}

export interface ManageState {
  readonly teams: readonly Team[] | null;
  readonly team: TeamPage | null;
  readonly manageProblem: ApiError | null;
  readonly links: readonly IssuedLink[];
  readonly csvRejected: readonly { readonly line: number; readonly message: string }[];
}

export interface ManageActions {
  loadTeams(): Promise<void>;
  loadTeam(teamId: string): Promise<void>;
  createTeam(name: string): Promise<boolean>;
  addMember(teamId: string, name: string, email: string): Promise<boolean>;
  importCsv(teamId: string, csv: string): Promise<boolean>;
  createAssignment(body: AssignmentCreate): Promise<boolean>;
  issueReset(member: Member): Promise<void>;
  /** An admin invites a manager or another admin. */
  createUser(name: string, email: string, role: 'manager' | 'admin'): Promise<boolean>;
}

type Full = AppState & AppActions;
type Set = (partial: Partial<AppState>) => void;

const problemOf = (r: ApiResult<unknown>): ApiError | null => (r.ok ? null : { error: r.error, message: r.message });

export function manageSlice(set: Set, get: () => Full, api: ApiClient): ManageState & ManageActions {
  const submit = <T>(name: FormName, request: () => Promise<ApiResult<T>>): Promise<T | null> => runForm(get, name, request);

  const reloadTeam = async (): Promise<void> => {
    const id = get().team?.team.id;
    if (id) await get().loadTeam(id);
  };

  return {
    teams: null,
    team: null,
    manageProblem: null,
    links: [],
    csvRejected: [],

    loadTeams: async () => {
      const result = await api.get('/api/teams', TeamsAnswerSchema);
      set(result.ok ? { teams: result.data.teams, manageProblem: null } : { manageProblem: problemOf(result) });
    },
    loadTeam: async (teamId) => {
      const [detail, assignments] = await Promise.all([
        api.get(`/api/teams/${encodeURIComponent(teamId)}`, TeamDetailSchema),
        api.get(`/api/teams/${encodeURIComponent(teamId)}/assignments`, AssignmentsAnswerSchema),
      ]);
      if (!detail.ok || !assignments.ok) {
        set({ team: null, manageProblem: problemOf(detail) ?? problemOf(assignments) });
        return;
      }
      const details = await Promise.all(assignments.data.assignments.map((a) => api.get(`/api/assignments/${encodeURIComponent(a.id)}`, AssignmentDetailSchema)));
      const attempts = Object.fromEntries(details.flatMap((d) => (d.ok ? [[d.data.assignment.id, d.data.attempts]] : [])));
      if (get().team?.team.id !== teamId) set({ links: [], csvRejected: [] });
      set({ team: { ...detail.data, assignments: assignments.data.assignments, attempts }, manageProblem: null });
    },
    createTeam: async (name) => {
      const answer = await submit('team', () => api.post('/api/teams', { name }, TeamAnswerSchema));
      if (answer) await get().loadTeams();
      return !!answer;
    },
    addMember: async (teamId, name, email) => {
      const answer = await submit('member', () => api.post(`/api/teams/${encodeURIComponent(teamId)}/members`, { name, email }, MemberAddedSchema));
      if (!answer) return false;
      set({ links: [{ kind: 'invite', name: answer.member.name, email: answer.member.email, url: answer.inviteUrl }, ...get().links] });
      await reloadTeam();
      return true;
    },
    importCsv: async (teamId, csv) => {
      const answer = await submit('csv', () => api.post(`/api/teams/${encodeURIComponent(teamId)}/members/csv`, { csv }, CsvImportAnswerSchema));
      if (!answer) return false;
      const issued = answer.added.map(({ member, inviteUrl }): IssuedLink => ({ kind: 'invite', name: member.name, email: member.email, url: inviteUrl }));
      set({ links: [...issued, ...get().links], csvRejected: answer.rejected });
      await reloadTeam();
      return true;
    },
    createAssignment: async (body) => {
      const answer = await submit('assignment', () => api.post('/api/assignments', body, AssignmentAnswerSchema));
      if (answer) await reloadTeam();
      return !!answer;
    },
    createUser: async (name, email, role) => {
      const answer = await submit('member', () => api.post('/api/users', { name, email, role }, UserCreatedSchema));
      if (answer) set({ links: [{ kind: 'invite', name: answer.user.name, email: answer.user.email, url: answer.inviteUrl }, ...get().links] });
      return !!answer;
    },
    issueReset: async (member) => {
      const answer = await submit('reset', () => api.post(`/api/users/${encodeURIComponent(member.id)}/reset-link`, {}, ResetLinkSchema));
      if (answer) set({ links: [{ kind: 'reset', name: member.name, email: member.email, url: answer.resetUrl }, ...get().links] });
    },
  };
}
