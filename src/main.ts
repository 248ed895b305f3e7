/** Reads the URL, creates the quiz actor and mounts the app. */
import { mount } from 'svelte';
import { bankIndex, loadAreaBank } from 'virtual:question-bank';
import { createActor, fromPromise } from 'xstate';
import App from './App.svelte';
import './app.css';
import { ProgressKeeper } from './lib/keeper.svelte.ts';
import { parseParams } from './lib/params.ts';
import { freshSeed } from './lib/random.ts';
import { STORAGE_NOTICES, loadProgress, openStorage } from './lib/storage.ts';
import { quizMachine } from './quiz/machine.ts';
import { dayOf } from './quiz/result.ts';

const params = parseParams(
  location.search,
  bankIndex.areas.map((area) => area.id)
);
if (params.theme !== 'auto') document.documentElement.dataset.theme = params.theme;

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

const target = document.getElementById('app');
if (target) mount(App, { target, props: { actor, params, index: bankIndex, keeper, resumable } });
