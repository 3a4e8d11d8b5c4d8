import {createComponent} from '@lit/react'
import React from 'react'
import {IjhConfig} from '../config/config'
import {settableOnly} from './wrapper'

// The tags' types in JSX come with every wrapper (the declarations inline `settableOnly`'s type).
export type {} from './wrapper'

/** `<ijh-config>`: points every element on the page at a Sanity project. */
export const Config = settableOnly(
  createComponent({
    react: React,
    tagName: 'ijh-config',
    elementClass: IjhConfig,
    displayName: 'IjhConfig',
  }),
)
