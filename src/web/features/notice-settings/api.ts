/** Notice settings: the organisation's notice templates and its group robots (钉钉, 企业微信, 飞书). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { BOT_PLATFORMS, NoticeKind, templateInputSchema, templateSchema } from '../../../shared/notices';
import type { Lang } from '../../../shared/errors';
import { api } from '../../app/api-client';

/** A template as the API returns it; `custom` false is the built-in wording. */
export type NoticeTemplate = z.infer<typeof templateSchema>;
/** Body of `PUT /api/notice-templates/:kind/:locale`. */
export type TemplateInput = z.input<typeof templateInputSchema>;
/** A group robot platform. */
export type BotPlatform = (typeof BOT_PLATFORMS)[number];
/** A robot as the API returns it: the webhook only as its host, the secret only as "set or not". */
export type Bot = { id: string; platform: BotPlatform; name: string; webhookHost: string; signed: boolean; isActive: boolean };
/** Body of create/update robot: an omitted webhook or secret keeps the stored one; a null secret removes it. */
export type BotInput = { platform: BotPlatform; name: string; webhookUrl?: string; secret?: string | null; isActive: boolean };

/** Query keys of this feature: the same as the notices feature uses for these lists, so a change here reaches the notice form. */
export const noticeSettingsKeys = {
  templates: ['notices', 'templates'] as const,
  bots: ['notices', 'bots'] as const,
};

const templatePath = (kind: NoticeKind, locale: Lang) => `/api/notice-templates/${kind}/${encodeURIComponent(locale)}`;

/** Every template (each kind in zh-CN and en). */
export function useTemplates() {
  return useQuery({ queryKey: noticeSettingsKeys.templates, queryFn: () => api.get<NoticeTemplate[]>('/api/notice-templates') });
}

/** Replaces one template. */
export function useSaveTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, locale, input }: { kind: NoticeKind; locale: Lang; input: TemplateInput }) => api.put<NoticeTemplate>(templatePath(kind, locale), input),
    onSuccess: () => client.invalidateQueries({ queryKey: noticeSettingsKeys.templates }),
  });
}

/** Goes back to the built-in wording. */
export function useResetTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, locale }: { kind: NoticeKind; locale: Lang }) => api.delete<NoticeTemplate>(templatePath(kind, locale)),
    onSuccess: () => client.invalidateQueries({ queryKey: noticeSettingsKeys.templates }),
  });
}

/** The organisation's robots. */
export function useBots() {
  return useQuery({ queryKey: noticeSettingsKeys.bots, queryFn: () => api.get<Bot[]>('/api/channel-bots') });
}

/** Adds a robot. */
export function useCreateBot() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: BotInput) => api.post<Bot>('/api/channel-bots', input),
    onSuccess: () => client.invalidateQueries({ queryKey: noticeSettingsKeys.bots }),
  });
}

/** Changes a robot. */
export function useUpdateBot() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: BotInput }) => api.put<Bot>(`/api/channel-bots/${encodeURIComponent(id)}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: noticeSettingsKeys.bots }),
  });
}

/** Removes a robot. */
export function useDeleteBot() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/api/channel-bots/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: noticeSettingsKeys.bots }),
  });
}

/** Sends a test message now; the answer says whether the platform accepted it. */
export function useTestBot() {
  return useMutation({ mutationFn: (id: string) => api.post<{ ok: boolean; error: string | null }>(`/api/channel-bots/${encodeURIComponent(id)}/test`) });
}
