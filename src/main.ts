/** Reads the URL, creates the quiz actor and mounts the app. */
import { mount } from 'svelte';
import { bankIndex, loadAreaBank } from 'virtual:question-bank';
import { createActor, fromPromise } from 'xstate';
import App from './App.svelte';
import './app.css';
import { parseParams } from './lib/params.ts';
import { freshSeed } from './lib/random.ts';
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
).start();

const target = document.getElementById('app');
if (target) mount(App, { target, props: { actor, params, index: bankIndex } });
