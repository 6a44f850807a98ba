import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
} from "@mantine/core";
import { createLink } from "@tanstack/react-router";
import type { ComponentPropsWithRef } from "react";

// Mantine components rendered as TanStack Router links: typed `to`/`params`/`search`, client-side
// navigation, and real <a href> elements so middle-click, copy-link and screen readers work.

type AnchorElementProps = Omit<ComponentPropsWithRef<"a">, "color" | "style">;

function AnchorBase(props: AnchorProps & AnchorElementProps) {
  return <Anchor component="a" {...props} />;
}

function ButtonBase(props: ButtonProps & AnchorElementProps) {
  return <Button component="a" {...props} />;
}

function NavLinkBase(props: NavLinkProps & Omit<AnchorElementProps, "label">) {
  return <NavLink component="a" {...props} />;
}

export const AnchorLink = createLink(AnchorBase);
export const ButtonLink = createLink(ButtonBase);
export const NavLinkLink = createLink(NavLinkBase);
