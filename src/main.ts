/** Reads the URL, creates the quiz actor and mounts the app. */
import { mount } from 'svelte';
import { bankIndex, loadAreaBank } from 'virtual:question-bank';
import { createActor, fromPromise } from 'xstate';
import App from './App.svelte';
import './app.css';
import { accentProperties } from './embed/accent.ts';
import { connectEmbed } from './embed/child.ts';
import './print.css';
import { ProgressKeeper } from './lib/keeper.svelte.ts';
import { parseParams } from './lib/params.ts';
import { freshSeed } from './lib/random.ts';
import { STORAGE_NOTICES, loadProgress, openStorage } from './lib/storage.ts';
import { quizMachine } from './quiz/machine.ts';
import { dayOf } from './quiz/result.ts';
import { shareLink, sharedPayload } from './share/link.ts';

const params = parseParams(
  location.search,
  bankIndex.areas.map((area) => area.id)
);
if (params.theme !== 'auto') document.documentElement.dataset.theme = params.theme;
// Set through the CSSOM, which the Content-Security-Policy allows (a style attribute it would not).
if (params.accent)
  for (const [name, value] of Object.entries(accentProperties(params.accent)))
    document.documentElement.style.setProperty(name, value);

const actor = createActor(
  quizMachine.provide({
    actors: { loadArea: fromPromise(({ input }) => loadAreaBank(input.areaId)) }
  }),
  {
    input: { index: bankIndex, config: params.config, seed: freshSeed(), today: dayOf(Date.now()) }
  }
);

const store = openStorage();
const saved = loadProgress(store, bankIndex);
const keeper = new ProgressKeeper(store, bankIndex);
keeper.attach(actor);
actor.start();
if (saved.kind === 'discarded') params.notices.push(STORAGE_NOTICES[saved.reason]);
// A finished check comes straight back to its results; one in progress is offered on the intro.
if (saved.kind === 'saved' && saved.finished)
  actor.send({ type: 'quiz.resume', saved: saved.progress });
const resumable = saved.kind === 'saved' && !saved.finished ? saved.progress : null;

/** A shared result (`#r=…`, on `/` or an `r/<band>/` page) shows the shared view, not the check. */
const shared = sharedPayload(location.hash);
// A result link opened over a running page (pasted, or an embed opening one) starts the page afresh.
addEventListener('hashchange', () => {
  if (sharedPayload(location.hash) !== shared) location.reload();
});

/** The app's root URL, ending with a slash (the app may be served from a sub-path). */
const appUrl = new URL(import.meta.env.BASE_URL, location.origin).href;
/** In embed.js's iframe: heights and, with a quiz, its start and result for the host page. */
function bridge(root: HTMLElement, quiz: typeof actor | null) {
  if (params.embed && params.frame)
    connectEmbed({
      frame: params.frame,
      root,
      actor: quiz,
      resultLink: (result) => shareLink(result, appUrl, params.shareUrl)
    });
}

const target = document.getElementById('app');
const failed = (root: HTMLElement) => () => {
  root.textContent = 'This page could not be loaded. Check your connection and reload.';
};
if (target && shared !== null) {
  const props = { payload: shared, index: bankIndex, embed: params.embed };
  import('./ui/SharedView.svelte')
    .then(({ default: SharedView }) => {
      mount(SharedView, { target, props });
      bridge(target, null);
    })
    .catch(failed(target));
} else if (target && params.page === 'embed') {
  import('./ui/EmbedBuilder.svelte')
    .then(({ default: EmbedBuilder }) =>
      mount(EmbedBuilder, { target, props: { index: bankIndex, appUrl } })
    )
    .catch(failed(target));
} else if (target) {
  mount(App, { target, props: { actor, params, index: bankIndex, keeper, resumable } });
  bridge(target, actor);
}
