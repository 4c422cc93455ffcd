import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventHeap, MinHeap, RingQueue } from '../../src/capacity/queues.js';

describe('RingQueue', () => {
  it('is first in, first out across growth and wrap-around', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: true }), fc.constant(null)), { maxLength: 500 }), (ops) => {
        const q = new RingQueue(2);
        const model: number[] = [];
        for (const op of ops) {
          if (op === null) {
            if (model.length === 0) continue;
            if (!Object.is(q.shift(), model.shift())) return false;
          } else {
            q.push(op);
            model.push(op);
          }
          if (q.size !== model.length) return false;
        }
        const rest: number[] = [];
        q.forEach((v) => rest.push(v));
        return rest.every((v, i) => Object.is(v, model[i]));
      }),
    );
  });
});

describe('MinHeap', () => {
  it('pops in ascending order, interleaved with pushes', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constant(null)), { maxLength: 300 }), (ops) => {
        const h = new MinHeap(300);
        const model: number[] = [];
        for (const op of ops) {
          if (op === null) {
            if (model.length === 0) continue;
            model.sort((a, b) => a - b);
            const smallest = h.peek();
            h.pop();
            if (smallest !== model.shift()) return false;
          } else {
            h.push(op);
            model.push(op);
          }
        }
        return h.size === model.length && h.peek() === (model.length ? Math.min(...model) : Infinity);
      }),
    );
  });

  it('refuses to overflow its fixed capacity', () => {
    const h = new MinHeap(1);
    h.push(1);
    expect(() => h.push(2)).toThrow(RangeError);
  });
});

describe('EventHeap', () => {
  it('pops in time order with each event’s number and integer, across growth', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.tuple(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ noNaN: true }), fc.integer({ min: 0, max: 9 })), fc.constant(null)), { maxLength: 400 }), (ops) => {
        const h = new EventHeap();
        const model: [number, number, number][] = [];
        for (const op of ops) {
          if (op === null) {
            if (model.length === 0) continue;
            model.sort((a, b) => a[0] - b[0]);
            const time = h.peek();
            h.pop();
            const i = model.findIndex((e) => e[0] === time && Object.is(e[1], h.popped[0]) && e[2] === h.popped[1]);
            if (time !== model[0]![0] || i < 0) return false;
            model.splice(i, 1);
          } else {
            h.push(...op);
            model.push(op);
          }
        }
        return h.size === model.length && h.peek() === (model.length ? Math.min(...model.map((e) => e[0])) : Infinity);
      }),
    );
  });
});
