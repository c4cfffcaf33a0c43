export function DemoBanner() {
  return (
    <section aria-label="Demo mode" className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950">
      <strong>Demo mode:</strong> you are on Keyhost&apos;s built-in Nuki simulator. No real lock is changed.
    </section>
  );
}
