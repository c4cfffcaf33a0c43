/** A text input's look, for inputs inside a `Field` and for ones labelled on their own (search, filters). */
export const inputClasses =
  "block min-h-touch w-full rounded-lg border-0 px-3 py-2 text-base text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-500 aria-[invalid=true]:ring-red-500";
