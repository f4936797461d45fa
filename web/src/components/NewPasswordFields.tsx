import { TextField } from './Field.tsx';
import { fieldError } from './Feedback.tsx';
import { MIN_PASSWORD_LENGTH } from '../lib/validation.ts';

export interface NewPasswordFieldProps {
  label?: string;
  /** The field's name, also the path of the server's field error for it. */
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** A password being chosen: the length rule as a hint, and autofill for new passwords. */
export function NewPasswordField({
  label = 'New password',
  name,
  value,
  onChange,
  error,
}: NewPasswordFieldProps) {
  return (
    <TextField
      label={label}
      type="password"
      name={name}
      autoComplete="new-password"
      required
      minLength={MIN_PASSWORD_LENGTH}
      hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}

export interface NewPassword {
  password: string;
  confirmation: string;
}

export const EMPTY_NEW_PASSWORD: NewPassword = { password: '', confirmation: '' };

export interface NewPasswordFieldsProps {
  /** The password field's name, also the path of the server's field error for it. */
  name: string;
  value: NewPassword;
  onChange: (value: NewPassword) => void;
  /** The mutation's error, for the server's message about the password. */
  serverError: unknown;
  /** The messages of `checkNewPassword` (keyed `password` and `confirmation`). */
  clientErrors: Record<string, string | undefined>;
}

/** "New password" and "Confirm password", checked by `checkNewPassword`. */
export function NewPasswordFields({
  name,
  value,
  onChange,
  serverError,
  clientErrors,
}: NewPasswordFieldsProps) {
  return (
    <>
      <NewPasswordField
        name={name}
        value={value.password}
        onChange={(password) => onChange({ ...value, password })}
        error={fieldError(serverError, name, clientErrors.password)}
      />
      <TextField
        label="Confirm password"
        type="password"
        name="confirmation"
        autoComplete="new-password"
        required
        value={value.confirmation}
        onChange={(event) => onChange({ ...value, confirmation: event.target.value })}
        error={clientErrors.confirmation}
      />
    </>
  );
}
