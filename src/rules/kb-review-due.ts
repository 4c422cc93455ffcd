import { child } from '../model/model.js';
import { addCadence, daysBetween, isRealDate } from '../values/calendar-dates.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'kb-review-due',
  description: 'Knowledge-base articles are reviewed on their cadence: an article past its review date (relative to --as-of) is flagged, and so is a review date in the future.',
  defaultSeverity: 'warn',
  check({ model, asOf }, report) {
    for (const kb of model.knowledgeBases) {
      kb.spec.articles.forEach((article, i) => {
        const at = child(kb.at, 'articles', i, 'lastReviewed');
        // An impossible date (2026-02-30) is reported by real-dates; a due date computed from it would be nonsense.
        if (!isRealDate(article.lastReviewed)) return;
        if (article.lastReviewed > asOf) {
          report({ at, message: `Article "${article.title}" says it was last reviewed on ${article.lastReviewed}, after the check date ${asOf}. Correct the date.` });
          return;
        }
        const cadence = article.reviewCadence ?? kb.spec.reviewCadence;
        const due = addCadence(article.lastReviewed, cadence);
        if (due < asOf) {
          const days = daysBetween(due, asOf);
          report({ at, message: `Article "${article.title}" was due for its ${cadence} review on ${due} (${days} ${days === 1 ? 'day' : 'days'} ago). Review it and update lastReviewed.` });
        }
      });
    }
  },
});
