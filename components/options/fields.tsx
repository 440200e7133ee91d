/**
 * Form controls with their label, hint and error tied together (aria-describedby), so every
 * control is announced with what it is, what is expected and what is wrong.
 */
import type { ComponentChildren, Ref } from "preact";
import type { ConfigProblem } from "@/rules/config/schema";

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}

/** The ids of the hint and error of control `id`, as aria-describedby wants them. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  return (
    <div class={`field ${error ? "field-invalid" : ""}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} class="error">
          {error}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  readOnly?: boolean;
  type?: "text" | "url";
  inputRef?: Ref<HTMLInputElement>;
}

export function TextField(props: TextFieldProps) {
  const { id, label, value, onInput, hint, error, required = false, readOnly = false, type = "text" } = props;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        ref={props.inputRef}
        required={required}
        readOnly={readOnly}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </FieldShell>
  );
}

interface SelectFieldProps<Value extends string> {
  id: string;
  label: string;
  value: Value;
  options: readonly { value: Value; label: string }[];
  onChange(value: Value): void;
  hint?: string | undefined;
  error?: string | undefined;
  disabled?: boolean;
}

export function SelectField<Value extends string>(props: SelectFieldProps<Value>) {
  const { id, label, value, options, onChange, hint, error, disabled = false } = props;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={id}
        value={value}
        disabled={disabled}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.currentTarget.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** "a, b ,, c" -> ["a", "b", "c"]: the comma-separated lists of the forms. */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** For the entry at `accounts[3]`: `accounts[3].handle` becomes `handle`; other paths stay whole. */
export function problemsRelativeTo(prefix: string, problems: readonly ConfigProblem[]): ConfigProblem[] {
  return problems.map((problem) =>
    problem.path.startsWith(prefix)
      ? { ...problem, path: problem.path.slice(prefix.length).replace(/^\./, "") }
      : problem,
  );
}

/** The edit and remove buttons of a list entry; their names start with the visible text (WCAG 2.5.3). */
export function EntryActions(props: {
  editText: string;
  editLabel: string;
  removeText: string;
  removeLabel: string;
  onEdit(): void;
  onRemove(): void;
}) {
  return (
    <div class="actions">
      <button type="button" class="secondary" aria-label={props.editLabel} onClick={props.onEdit}>
        {props.editText}
      </button>
      <button type="button" class="secondary" aria-label={props.removeLabel} onClick={props.onRemove}>
        {props.removeText}
      </button>
    </div>
  );
}
