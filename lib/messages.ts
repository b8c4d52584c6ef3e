import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Result } from './failure';
import type { TokenOwner } from './installation';
import type { InstallationView } from './installation-view';
import type { ChangeEntry } from './change-history';
import type {
  EntryRef,
  PageRequest,
  SaveTokenRequest,
  StatusRequest,
  TokenRef,
} from './message-schemas';
import type { TokenSummary } from './token-vault';
import type { z } from './zod';

interface Protocol {
  getInstallation(data: z.infer<typeof PageRequest>): InstallationView;
  setStatus(data: z.infer<typeof StatusRequest>): InstallationView;
  saveToken(data: z.infer<typeof SaveTokenRequest>): InstallationView;
  listTokens(): TokenSummary[];
  removeToken(data: z.infer<typeof TokenRef>): void;
  testToken(data: z.infer<typeof TokenRef>): Result<TokenOwner>;
  listHistory(): ChangeEntry[];
  undoChange(data: z.infer<typeof EntryRef>): InstallationView | undefined;
}

/** Typed messages between the extension's pages, content script and background. */
export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();
