/** Meeting materials (会议材料): query keys and hooks for a meeting's list, uploads, edits, deletion, who opened, and the personal link's list. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Material, MaterialOpens, PublicMaterial, UpdateMaterial } from '../../../shared/materials';
import { api } from '../../app/api-client';
import { noticeKeys } from '../notices/api';
import { taskKeys } from '../tasks/api';

export type { Material, MaterialOpens, MaterialVisibility, PublicMaterial } from '../../../shared/materials';

/** What an upload sends besides the bytes. */
export type UploadOptions = { title?: string; visibility: string; agendaItemId?: string };

/** Query keys of this feature. */
export const materialKeys = {
  all: ['materials'] as const,
  meeting: (meetingId: string) => [...materialKeys.all, 'meeting', meetingId] as const,
  opens: (id: string) => [...materialKeys.all, 'opens', id] as const,
  link: (token: string) => [...materialKeys.all, 'link', token] as const,
};

const meetingPath = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}/materials`;

/** The meeting's materials the user may see (with open counts for those who manage them). */
export function useMaterials(meetingId: string) {
  return useQuery({ queryKey: materialKeys.meeting(meetingId), queryFn: () => api.get<Material[]>(meetingPath(meetingId)) });
}

/** Every write answers with the meeting's list; an upload may also close the materials task and change the notice's {{materials}}. */
function useListWrite<V>(meetingId: string, fn: (v: V) => Promise<Material[]>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (list) => {
      client.setQueryData(materialKeys.meeting(meetingId), list);
      void client.invalidateQueries({ queryKey: taskKeys.meeting(meetingId) });
      void client.invalidateQueries({ queryKey: [...noticeKeys.all, 'preview'] });
    },
  });
}

/** Uploads one file (its bytes as the body; sent as octet-stream whatever the browser thinks the type is: the server reads the content). */
export function useUploadMaterial(meetingId: string) {
  return useListWrite(meetingId, ({ file, options }: { file: File; options: UploadOptions }) =>
    api.upload<Material[]>(meetingPath(meetingId), file.slice(0, file.size, 'application/octet-stream'), { fileName: file.name, ...options }));
}

/** Renames a material, changes who sees it or its agenda item. */
export function useUpdateMaterial(meetingId: string) {
  return useListWrite(meetingId, ({ id, input }: { id: string; input: UpdateMaterial }) => api.patch<Material[]>(`/api/materials/${encodeURIComponent(id)}`, input));
}

/** Deletes a material. */
export function useDeleteMaterial(meetingId: string) {
  return useListWrite(meetingId, (id: string) => api.delete<Material[]>(`/api/materials/${encodeURIComponent(id)}`));
}

/** Who opened a material and who has not (read while the drawer is open). */
export function useMaterialOpens(id: string | undefined) {
  return useQuery({ queryKey: materialKeys.opens(id ?? ''), queryFn: () => api.get<MaterialOpens>(`/api/materials/${encodeURIComponent(id!)}/opens`), enabled: !!id });
}

/** Address of a material for a signed-in user (opening it is recorded). */
export function materialUrl(id: string): string {
  return `/api/materials/${encodeURIComponent(id)}/download`;
}

/** The materials a personal link's participant may see. */
export function useLinkMaterials(token: string) {
  return useQuery({
    queryKey: materialKeys.link(token),
    queryFn: () => api.get<PublicMaterial[]>(`/api/rsvp/${encodeURIComponent(token)}/materials`),
    retry: false,
    refetchOnWindowFocus: false,
  });
}

/** Address of a material through a personal link. */
export function linkMaterialUrl(token: string, id: string): string {
  return `/api/rsvp/${encodeURIComponent(token)}/materials/${encodeURIComponent(id)}`;
}
