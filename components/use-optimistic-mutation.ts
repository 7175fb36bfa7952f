"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";

/**
 * The one pattern for optimistic writes (save, mark, toggle). On click: cancel the reads of
 * `queryKey` still in flight (a read that left before the write would answer with the old
 * state and undo the click), remember the cache, and `apply` the change at once. On the
 * server's answer: `settle` the cache from that answer (no second read). On failure: put
 * back what was there before.
 */
export function useOptimisticMutation<TData, TVars, TAnswer>(opts: {
  queryKey: QueryKey;
  mutationFn: (vars: TVars) => Promise<TAnswer>;
  /** The cached data as it will be once the write lands. */
  apply: (current: TData | undefined, vars: TVars) => TData;
  /** The cached data as the server's answer says it is. */
  settle: (current: TData | undefined, answer: TAnswer, vars: TVars) => TData;
  onSuccess?: (answer: TAnswer, vars: TVars) => void;
  onError?: (error: Error, vars: TVars) => void;
}) {
  const queryClient = useQueryClient();
  const { queryKey } = opts;
  return useMutation({
    mutationFn: opts.mutationFn,
    async onMutate(vars: TVars) {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<TData>(queryKey);
      queryClient.setQueryData<TData>(queryKey, (current) => opts.apply(current, vars));
      return { previous };
    },
    onSuccess(answer, vars) {
      queryClient.setQueryData<TData>(queryKey, (current) => opts.settle(current, answer, vars));
      opts.onSuccess?.(answer, vars);
    },
    onError(error, vars, context) {
      queryClient.setQueryData<TData | undefined>(queryKey, context?.previous);
      opts.onError?.(error, vars);
    },
  });
}
