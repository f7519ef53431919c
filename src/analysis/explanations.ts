// Why each finding matters and what to do about it: the short text the Gaps
// tab and the Markdown report show under a finding.
import type { RuleId } from './types.ts';

export interface Explanation {
  title: string;
  why: string;
  todo: string;
}

export const EXPLANATIONS: Record<RuleId, Explanation> = {
  'stage-without-touchpoints': { title: 'Stage without touchpoints', why: 'A stage where the customer does nothing visible is a hole in the journey.', todo: 'Add what the customer does or meets in this stage, or merge the stage.' },
  'negative-without-opportunity': { title: 'Negative moment without an opportunity', why: 'Finding negative moments is the point of the map; each needs an answer.', todo: 'Add an opportunity sticky in this stage for the negative touchpoint.' },
  'pain-point-without-opportunity': { title: 'Pain point without an opportunity', why: 'Pains nobody answers stay pains.', todo: 'Add at least one idea in the opportunities lane of this stage.' },
  'moment-of-truth-negative': { title: 'Negative moment of truth', why: 'Moments of truth decide whether customers stay; a bad one costs most.', todo: 'Make this the first opportunity to work on and give it an owner.' },
  'emotional-drop': { title: 'Emotional drop', why: 'A sharp fall in mood between two stages is where customers give up.', todo: 'Look at what changes between the two stages and add opportunities where the drop lands.' },
  'lowest-point': { title: 'Lowest point', why: 'The low point of the journey is where improvement pays most.', todo: 'Check it has pain points and opportunities mapped.' },
  'unrated-touchpoint': { title: 'Touchpoint without an emotion', why: 'Unrated touchpoints leave the emotion curve guessing.', todo: 'Colour the sticky by emotion or start its text with a marker such as 🙂 or (+1).' },
  'valence-conflict': { title: 'Marker and colour disagree', why: 'The emoji marker and the colour say different emotions; the check reads the colour, the later edit.', todo: 'Make the marker match the colour, or the colour match the marker.' },
  'missing-channel': { title: 'Touchpoint without a channel', why: 'Without a channel nobody knows where the touchpoint happens.', todo: 'Add a tag "channel: …" (email, web, app, store…).' },
  'missing-owner': { title: 'No owning team', why: 'What no team owns, nobody improves.', todo: 'Add a tag "owner: …" (marketing, sales, service, product…).' },
  'missing-evidence': { title: 'No evidence', why: 'A touchpoint without research behind it is an assumption.', todo: 'Add a tag "evidence: …" (interview, survey, analytics, support logs).' },
  'persona-incomplete': { title: 'Incomplete persona', why: 'A map for nobody in particular cannot say what matters to them.', todo: 'Write the persona’s name, goals and frustrations in the header.' },
  'objectives-count': { title: 'Objectives', why: 'Three to five objectives keep a mapping session focused.', todo: 'Write 3–5 objectives in the header, one per line.' },
  'review-overdue': { title: 'Review overdue', why: 'A map not reviewed drifts from what customers live today.', todo: 'Walk through the map with the team and update the "Last reviewed" date.' },
  'blueprint-unsupported-step': { title: 'Unsupported frontstage step', why: 'Frontstage work with nothing behind it is a promise no process keeps.', todo: 'Add the backstage action or support process behind this step.' },
  'empty-lane': { title: 'Empty lane', why: 'An empty lane is unfinished work or a lane the map does not need.', todo: 'Fill it in, or remove the lane.' },
  'map-owner-missing': { title: 'No map owner', why: 'A map nobody owns is reviewed by nobody.', todo: 'Add "Owner: <team or person>" to the review line in the header.' },
  'review-date-missing': { title: 'No review date', why: 'Without a review date nobody is reminded to check the map against what customers live today.', todo: 'Add a line "Last reviewed: YYYY-MM-DD · Review: quarterly" to the header.' },
  'stage-stale': { title: 'Stage not touched in a long time', why: 'A stage nobody changed for two review cycles probably no longer matches what customers do.', todo: 'Walk through the stage with the people who run it and update it.' },
  'stray-item': { title: 'Sticky outside the grid', why: 'A sticky in no cell belongs to no stage and lane, so the check ignores it.', todo: 'Move it into its stage and lane, or out of the frame.' },
};
