import { useTeam } from '../team/team.queries.ts';

/** Workspace members as select options: owners of objectives, KPIs and channels. */
export function useMemberOptions(workspaceId: string): { value: string; label: string }[] {
  const team = useTeam(workspaceId);
  return (team.data?.members ?? []).map((member) => ({ value: member.userId, label: member.name }));
}
