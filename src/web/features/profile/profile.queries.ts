import { useMutation } from '@tanstack/react-query';
import { type ChangePasswordInput, okSchema } from '../../../shared/api/auth.schemas.ts';
import { api } from '../../ui/api/api-client.ts';

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => api.post('/me/password', okSchema, input),
  });
}
