/** Reads the URL and storage, then mounts the check, a shared result or the embed page. */
import { mount } from 'svelte';
import { bankIndex } from 'virtual:question-bank';
import './app.css';
import { accentProperties } from './embed/accent.ts';
import type { EmbedBridge } from './embed/child.ts';
import { embedScope, historyCounts, historyKey } from './lib/history-counts.ts';
import { ProgressKeeper } from './lib/keeper.svelte.ts';
import { Session } from './lib/session.svelte.ts';
import { APP_URL } from './lib/app-url.ts';
import { parseParams } from './lib/params.ts';
import { STORAGE_NOTICES, loadProgress, openStorage, progressKey } from './lib/storage.ts';
import type { QuizActor } from './quiz/runtime.ts';
import { sharedPayload } from './share/hash.ts';
import Screens from './ui/Screens.svelte';
import { text } from './ui/text.ts';

const params = parseParams(
  location.search,
  bankIndex.areas.map((area) => area.id)
);
if (params.theme !== 'auto') document.documentElement.dataset.theme = params.theme;
// Set through the CSSOM, which the Content-Security-Policy allows (a style attribute it would not).
if (params.accent)
  for (const [name, value] of Object.entries(accentProperties(params.accent)))
    document.documentElement.style.setProperty(name, value);

/** A shared result (`#r=…`, on `/` or an `r/<band>/` page) shows the shared view, not the check. */
const shared = sharedPayload(location.hash);
// A result link opened over a running page (pasted, or an embed opening one) starts the page afresh.
addEventListener('hashchange', () => {
  if (sharedPayload(location.hash) !== shared) location.reload();
});

/** In embed.js's iframe: heights, then the quiz's start and result for the host page. */
const bridge: Promise<EmbedBridge | null> =
  params.embed && params.frame
    ? import('./embed/child.ts').then(({ connectEmbed }) =>
        connectEmbed({
          frame: params.frame ?? '',
          root: document.getElementById('app') ?? document.body
        })
      )
    : Promise.resolve(null);

async function connectQuiz(actor: QuizActor): Promise<void> {
  const connected = await bridge;
  if (!connected) return;
  const [{ reportQuiz }, { shareLink }] = await Promise.all([
    import('./embed/quiz-events.ts'),
    import('./share/link.ts')
  ]);
  reportQuiz(connected, actor, (result) => shareLink(result, APP_URL, params.shareUrl));
}

const target = document.getElementById('app');
const failed = (root: HTMLElement) => () => {
  root.textContent = text.site.loadFailedPage;
};
if (target && shared !== null) {
  const props = { payload: shared, index: bankIndex, embed: params.embed };
  import('./ui/SharedView.svelte')
    .then(({ default: SharedView }) => mount(SharedView, { target, props }))
    .catch(failed(target));
} else if (target && params.page === 'embed') {
  import('./ui/EmbedBuilder.svelte')
    .then(({ default: EmbedBuilder }) =>
      mount(EmbedBuilder, { target, props: { index: bankIndex, appUrl: APP_URL } })
    )
    .catch(failed(target));
} else if (target) {
  const store = openStorage();
  // An embed keeps its own saved progress and history, apart from the app's and other embeds'.
  const scope = params.embed ? embedScope(null, params.config) : '';
  const key = progressKey(scope);
  const saved = loadProgress(store, bankIndex, key);
  if (saved.kind === 'discarded') params.notices.push(STORAGE_NOTICES[saved.reason]);
  const session = new Session({
    index: bankIndex,
    config: params.config,
    notices: params.notices,
    keeper: new ProgressKeeper(store, bankIndex, key),
    history: () =>
      import('./lib/history.svelte.ts').then(
        ({ History }) => new History(store, bankIndex, { scope })
      ),
    historyCounts: historyCounts(
      store,
      historyKey(bankIndex.role.name, scope),
      Math.floor(Date.now() / 86_400_000)
    ),
    saved,
    load: () => import('./ui/quiz.ts'),
    onquiz: connectQuiz
  });
  const props = { session, index: bankIndex, shareUrl: params.shareUrl, embed: params.embed };
  mount(Screens, { target, props });
  // Warm the quiz up while the page is idle.
  setTimeout(() => session.prefetch(), 1500);
}
