/**
 * A diff's acknowledgements come from a deferring memo (AcknowledgementBodies): each version's
 * are keys naming their bodies, and equal keys name equal bodies. Only where the two versions'
 * keys differ is anything rendered, so a change to one tier renders that tier's texts, not the
 * megabytes of every channel's. Equal keys stay as they are: equal strings, no change to show.
 */
import { BodyRenderError, type AcknowledgementBodies } from '../generate/acknowledgements/acknowledgement-bodies.js';
import type { ChannelTexts } from './customer-texts.js';

/** Why a version's acknowledgements do not render, by side; empty when all that differ did. */
export interface RenderFailures {
  base?: string;
  head?: string;
}

/** Replaces, in place, each key that differs from the other version's (or has none there) by its body. */
export function renderDiffering(base: Map<string, ChannelTexts>, head: Map<string, ChannelTexts>, bodies: AcknowledgementBodies): RenderFailures {
  const failed: RenderFailures = {};
  const render = (side: keyof RenderFailures, texts: Map<string, string> | undefined, tier: string) => {
    const key = texts?.get(tier);
    if (key === undefined) return;
    try {
      texts!.set(tier, bodies.text(key));
    } catch (error) {
      if (!(error instanceof BodyRenderError)) throw error;
      failed[side] ??= error.message;
    }
  };
  // By channel name: a renamed channel has no partner here, so all of its texts are rendered.
  for (const channel of new Set([...base.keys(), ...head.keys()])) {
    const was = base.get(channel)?.acknowledgements;
    const now = head.get(channel)?.acknowledgements;
    for (const tier of new Set([...(was?.keys() ?? []), ...(now?.keys() ?? [])])) {
      if (was?.get(tier) !== undefined && was.get(tier) === now?.get(tier)) continue;
      render('base', was, tier);
      render('head', now, tier);
    }
  }
  return failed;
}
