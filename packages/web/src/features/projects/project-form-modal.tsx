import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import type { Project } from "@orrery/contracts/projects";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { problemStatus } from "../../api/api-problem.js";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { describeProblem } from "../../page-states/problem-message.js";
import { useMe } from "../account/queries.js";
import { personOptions } from "../members/person-options.js";
import { useMembers } from "../members/queries.js";
import { useTemplates } from "../templates/queries.js";
import { ProjectFormFields } from "./project-form-fields.js";
import {
  emptyProjectForm,
  PROJECT_FORM_FIELDS,
  type ProjectFormValues,
  projectChangesFrom,
  projectCreateFrom,
  projectFormFrom,
  validateProjectForm,
} from "./project-form-values.js";
import { projectQuery, useCreateProject, useUpdateProject } from "./queries.js";

export interface ProjectFormModalProps {
  readonly org: string;
  readonly opened: boolean;
  readonly onClose: () => void;
  /** The project to edit; absent to create a new one. */
  readonly project?: Project;
  readonly onSaved?: (project: Project) => void;
}

/** Create or edit a project. Closing discards the form; opening again starts from the server's copy. */
export function ProjectFormModal({
  org,
  opened,
  onClose,
  project,
  onSaved,
}: ProjectFormModalProps) {
  const isPhone = useMediaQuery("(max-width: 36em)", false);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={project ? `Edit ${project.key} · ${project.name}` : "New project"}
      size="lg"
      fullScreen={isPhone}
    >
      {opened ? (
        <ProjectFormBody org={org} project={project} onClose={onClose} onSaved={onSaved} />
      ) : null}
    </Modal>
  );
}

interface ProjectFormBodyProps {
  readonly org: string;
  readonly project: Project | undefined;
  readonly onClose: () => void;
  readonly onSaved: ((project: Project) => void) | undefined;
}

function ProjectFormBody({ org, project, onClose, onSaved }: ProjectFormBodyProps) {
  const queryClient = useQueryClient();
  // The version being edited; replaced when the person reloads after a conflicting change.
  const [base, setBase] = useState(project);
  const me = useMe();
  const members = useMembers(org);
  const create = useCreateProject(org);
  const update = useUpdateProject(org);
  const mutation = base ? update : create;
  const form = useForm<ProjectFormValues>({
    initialValues: base ? projectFormFrom(base) : emptyProjectForm(me.user.id),
    validate: validateProjectForm,
  });
  const people = personOptions(members.data ?? [], [base?.manager ?? null, base?.sponsor ?? null]);
  const templates = useTemplates(org);
  const templateOptions = (templates.data?.items ?? []).map((t) => ({
    value: t.id,
    label: `${t.name} (version ${t.version})`,
  }));

  const saved = (result: Project, verb: string) => {
    notifications.show({ color: "green", message: `${result.key} · ${result.name} ${verb}.` });
    onSaved?.(result);
    onClose();
  };
  const showFieldErrors = (error: unknown) =>
    form.setErrors(fieldErrorsOf(error, PROJECT_FORM_FIELDS));

  const submit = form.onSubmit((values) => {
    if (!base) {
      create.mutate(projectCreateFrom(values), {
        onSuccess: (created) => saved(created, "created"),
        onError: showFieldErrors,
      });
      return;
    }
    const changes = projectChangesFrom(base, values);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    update.mutate(
      { id: base.id, version: base.version, changes },
      { onSuccess: (updated) => saved(updated, "saved"), onError: showFieldErrors },
    );
  });

  const reloadLatest = async () => {
    if (!base) return;
    let latest: Project;
    try {
      latest = await queryClient.fetchQuery({ ...projectQuery(org, base.id), staleTime: 0 });
    } catch (error) {
      // Most likely deleted meanwhile; say so rather than leave the button doing nothing.
      const message = describeProblem(error);
      notifications.show({ color: "red", title: message.title, message: message.detail });
      return;
    }
    setBase(latest);
    form.setValues(projectFormFrom(latest));
    form.resetDirty(projectFormFrom(latest));
    form.clearErrors();
    update.reset();
  };

  const conflict = problemStatus(mutation.error) === 412;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblem error={mutation.error} fields={PROJECT_FORM_FIELDS}>
          {conflict ? (
            <Stack gap="xs" mt="xs">
              <Text size="sm">
                Reloading shows their changes; what you typed here will be replaced.
              </Text>
              <Group>
                <Button size="xs" variant="default" onClick={() => void reloadLatest()}>
                  Reload latest version
                </Button>
              </Group>
            </Stack>
          ) : null}
        </FormProblem>
        <ProjectFormFields
          form={form}
          people={people}
          peopleLoading={members.isPending}
          {...(base ? {} : { templates: templateOptions })}
        />
        <FormActions
          submitLabel={base ? "Save changes" : "Create project"}
          pending={mutation.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
